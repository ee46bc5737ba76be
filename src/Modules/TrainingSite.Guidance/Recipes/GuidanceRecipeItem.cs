namespace TrainingSite.Guidance.Recipes;

public sealed record GuidanceRecipeItem(
    string Id, string? Region, string Topic, string Audience, IReadOnlyList<string> Tags, bool Published, LocalizedText Title, LocalizedText Body, DateOnly? Reviewed);
