namespace TrainingSite.Courses.Api;

public sealed record MarkdownPreview(string Html);
