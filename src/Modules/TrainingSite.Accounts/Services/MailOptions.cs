namespace TrainingSite.Accounts.Services;

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender's address. The name shown beside it is the site's name in the mail's language (<c>Site:Name</c>), not a name written here.</summary>
    public string From { get; set; } = "no-reply@trainingsite.local";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where mail is written as .eml files when no SMTP host is set (relative to the content root).</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";
}
