namespace TrainingSite.ServiceDirectory.Search;

/// <summary>The "open" choice of a directory search: any time, open now, or open at a chosen time.</summary>
public enum OpenFilter
{
    Any,
    Now,
    At,
}
