using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>The registration page's fields, filled as a counsellor of Espoo would fill them.</summary>
public static class RegistrationForm
{
    public static Dictionary<string, string> For(string email, string password = SiteFactory.DefaultPassword, string? confirm = null) => new()
    {
        ["Input.DisplayName"] = "Aino Neuvoja",
        ["Input.Email"] = email,
        ["Input.Organisation"] = "Espoon kaupunki",
        ["Input.HomeRegionId"] = "espoo",
        ["Input.PreferredLanguage"] = "fi",
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm ?? password,
    };
}
