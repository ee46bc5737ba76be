namespace TrainingSite.Certificates.Pdf;

/// <summary>Everything printed on one certificate, already in the chosen language: the renderer only places it.</summary>
public sealed record CertificateSheet
{
    public required string Language { get; init; }

    public required string SiteName { get; init; }

    public required string Heading { get; init; }

    public required string Certifies { get; init; }

    public required string Holder { get; init; }

    public required string HasCompleted { get; init; }

    public required string Programme { get; init; }

    public required string Scope { get; init; }

    public required string CoursesHeading { get; init; }

    public required IReadOnlyList<SheetCourse> Courses { get; init; }

    public required string DateLabel { get; init; }

    public required string Date { get; init; }

    public required string IssuerLabel { get; init; }

    public required string Issuer { get; init; }

    public required string CodeLabel { get; init; }

    public required string Code { get; init; }

    public required string VerifyLabel { get; init; }

    public required string VerifyUrl { get; init; }

    /// <summary>The PDF's title in its metadata (and the viewer's window).</summary>
    public required string DocumentTitle { get; init; }
}
