namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// A page that acts on one regional item. A global page filter calls <see cref="LoadResourceAsync"/> after model
/// binding and before any handler runs, answers 404 when it returns null and 403 when the user may not perform
/// <see cref="OperationFor"/> on it, so no handler of such a page can run unchecked.
/// </summary>
public interface IRegionalPage
{
    /// <summary>Loads the item the request acts on (keeping it for the handler); null when it does not exist.</summary>
    Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken);

    /// <summary>The operation a handler performs; <paramref name="handlerName"/> is null for the unnamed handler.</summary>
    RegionalOperation OperationFor(string httpMethod, string? handlerName);
}
