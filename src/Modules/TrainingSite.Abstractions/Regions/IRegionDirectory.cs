namespace TrainingSite.Abstractions.Regions;

/// <summary>The site's regions with their localized names, for any module that shows or picks one.</summary>
public interface IRegionDirectory
{
    Task<IReadOnlyList<RegionInfo>> ListAsync(CancellationToken cancellationToken = default);
}
