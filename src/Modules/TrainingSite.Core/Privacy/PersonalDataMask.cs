namespace TrainingSite.Core.Privacy;

/// <summary>
/// Masks personal data before it is logged: logs are kept longer and read by more people than the database,
/// so an e-mail address appears there only as <c>a***@example.fi</c> (enough to tell cases apart, not to write).
/// </summary>
public static class PersonalDataMask
{
    public static string Email(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return string.Empty;
        }

        var at = address.LastIndexOf('@');
        if (at <= 0)
        {
            return "***";
        }

        return $"{address[0]}***{address[at..]}";
    }
}
