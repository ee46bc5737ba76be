namespace TrainingSite.Abstractions.Content;

public sealed record DiffLine(DiffKind Kind, string Text);
