using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Notifications.Models;

namespace TrainingSite.Notifications.Services;

/// <summary>What a notification says, in the current UI language: its kind's sentence with the subject's title.</summary>
public static class NotificationText
{
    public static string Message(IStringLocalizer<NotificationsStrings> strings, Notification notification) =>
        Message(strings, notification.Kind, notification.Subject);

    public static string Message(IStringLocalizer<NotificationsStrings> strings, string kind, LocalizedText subject)
    {
        var text = strings[$"Kind.{kind}", subject.Resolve(SiteCultures.Current).Text];
        return text.ResourceNotFound ? strings["Kind.Unknown"] : text.Value;
    }
}
