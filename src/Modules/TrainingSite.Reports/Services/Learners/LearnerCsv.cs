using System.Globalization;
using CsvHelper;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Localization;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// Writes the learners report as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads ä, ö and å), the
/// separator the UI language expects (";" in Finnish and Swedish, whose decimal comma rules out ","; "," in English),
/// headers in the UI language and dates as ISO 8601 days (yyyy-MM-dd) in Finnish time, which every spreadsheet sorts.
/// Cells a spreadsheet would run as a formula (=, +, -, @) are escaped.
/// </summary>
public sealed class LearnerCsv(IStringLocalizer<LearnerReportStrings> strings)
{
    public static char SeparatorFor(CultureInfo culture) => culture.TwoLetterISOLanguageName is "fi" or "sv" ? ';' : ',';

    public async Task WriteAsync(Stream output, IReadOnlyList<LearnerRow> rows, LearnerFilterOptions options, CancellationToken cancellationToken)
    {
        var quizCourses = options.Courses.Where(c => c.HasQuiz).ToList();
        var settings = new CsvWriterOptions
        {
            Separator = SeparatorFor(CultureInfo.CurrentUICulture),
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(output, settings, leaveOpen: true);
        await csv.WriteRecordAsync([.. Headers(), .. quizCourses.Select(c => strings["Csv.BestScore", c.Title.ToString()].Value)], cancellationToken);
        foreach (var row in rows)
        {
            string[] scores = [.. quizCourses.Select(c => row.BestScores.TryGetValue(c.Id, out var best) ? Number(best) : string.Empty)];
            await csv.WriteRecordAsync([.. Fields(row, options), .. scores], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string Day(DateTimeOffset? time) =>
        time is { } t ? SiteTime.ToFinnishTime(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string[] Headers() =>
    [
        strings["Column.Name"], strings["Column.Email"], strings["Column.Organisation"], strings["Column.HomeRegion"], strings["Column.Registered"],
        strings["Csv.Deactivated"], strings["Column.LastActivity"], strings["Csv.NationalLessonsRead"], strings["Csv.NationalLessons"],
        strings["Csv.NationalCoursesComplete"], strings["Csv.NationalCourses"], strings["Csv.SectionLessonsRead"], strings["Csv.SectionLessons"],
        strings["Csv.SectionCoursesComplete"], strings["Csv.SectionCourses"], strings["Column.Status"], strings["Column.Certificate"], strings["Csv.CertificateIssued"],
    ];

    private string[] Fields(LearnerRow row, LearnerFilterOptions options) =>
    [
        row.DisplayName, row.Email, row.Organisation ?? string.Empty, row.HomeRegionId is null ? string.Empty : options.RegionName(row.HomeRegionId),
        Day(row.RegisteredAt), Day(row.DeactivatedAt), Day(row.LastActivity),
        Number(row.National.LessonsRead), Number(row.National.Lessons), Number(row.National.CoursesComplete), Number(row.National.Courses),
        Number(row.Section.LessonsRead), Number(row.Section.Lessons), Number(row.Section.CoursesComplete), Number(row.Section.Courses),
        strings[$"Status.{row.Status}"], strings[$"Csv.Certificate.{row.Certificate}"], Day(row.CertificateIssuedAt),
    ];
}
