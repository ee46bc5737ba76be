namespace TrainingSite.Courses.Services;

public sealed record DiffLine(DiffKind Kind, string Text);
