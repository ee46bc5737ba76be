using TrainingSite.Search.Engine;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Guidance;

/// <summary>One facet as shown: its counts, the chosen value, how to name a value and link to choosing or removing it.</summary>
public sealed record FacetView(string Name, string Title, IReadOnlyList<FacetCount> Counts, string? Selected, Func<string, string> Label, Func<string, string> Link, string RemoveLink);
