namespace TrainingSite.Infrastructure;

public sealed record NavigationLink(string Text, string Url, bool IsCurrent);
