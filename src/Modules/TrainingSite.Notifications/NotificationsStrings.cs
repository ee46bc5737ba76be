namespace TrainingSite.Notifications;

/// <summary>Marker for the Notifications module's strings (Resources/NotificationsStrings.{fi,sv,en}.resx).</summary>
public sealed class NotificationsStrings
{
    private NotificationsStrings()
    {
    }
}
