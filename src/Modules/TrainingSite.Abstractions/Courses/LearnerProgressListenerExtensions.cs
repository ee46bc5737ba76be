namespace TrainingSite.Abstractions.Courses;

public static class LearnerProgressListenerExtensions
{
    /// <summary>Tells every listener, one after another (they share the request's database context).</summary>
    public static async Task NotifyAsync(this IEnumerable<ILearnerProgressListener> listeners, string userId, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.ProgressChangedAsync(userId, cancellationToken);
        }
    }
}
