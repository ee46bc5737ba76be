using System.Globalization;
using TrainingSite.Core.Localization;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>How the learners report writes a generated learner in Finnish, spelled out here from the facts.</summary>
public static class ReportText
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");

    public static string Date(DateTimeOffset time) => SiteTime.ToFinnishTime(time).ToString("d", Finnish);

    public static string Day(DateTimeOffset? time) => time is { } t ? SiteTime.ToFinnishTime(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    public static string Region(string? region) => region switch
    {
        null => "Ei kotialuetta",
        "espoo" => "Espoo",
        "helsinki" => "Helsinki",
        _ => "Vantaa",
    };

    public static string Status(string status) => status switch
    {
        "NotStarted" => "Ei aloitettu",
        "InProgress" => "Kesken",
        "NationalPartDone" => "Valtakunnallinen osa suoritettu",
        "Complete" => "Suoritettu",
        _ => "Todistus saatu",
    };

    public static string Certificate(ExpectedLearner expected) => expected.Certificate switch
    {
        "Valid" => $"Voimassa, myönnetty {Date(expected.Spec.Certificate!.Value.IssuedAt)}",
        "Revoked" => $"Peruttu (myönnetty {Date(expected.Spec.Certificate!.Value.IssuedAt)})",
        _ => "Ei todistusta",
    };

    public static string CsvCertificate(string certificate) => certificate switch
    {
        "Valid" => "Voimassa",
        "Revoked" => "Peruttu",
        _ => "Ei todistusta",
    };
}
