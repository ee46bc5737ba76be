namespace TrainingSite.Certificates.Pdf;

/// <summary>A course line on the certificate: its title and, when it has a quiz, the best score (e.g. "92 %").</summary>
public sealed record SheetCourse(string Title, string? Score);
