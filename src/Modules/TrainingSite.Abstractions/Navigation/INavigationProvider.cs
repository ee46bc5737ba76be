namespace TrainingSite.Abstractions.Navigation;

public interface INavigationProvider
{
    IEnumerable<NavigationEntry> GetEntries();
}
