namespace TrainingSite.Abstractions.PersonalData;

/// <summary>
/// A module's part of a person's data rights. Every module that holds personal data implements one per kind of
/// data it keeps: the export (GDPR articles 15 and 20) collects each source's section into one JSON file, and an
/// account's deletion (article 17) calls every source's erasure inside one transaction, so nothing is half-erased.
/// Modules never reference each other; the Accounts module drives these through this interface.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The section's name in the exported JSON, e.g. <c>lessonProgress</c>.</summary>
    string Section { get; }

    /// <summary>What this source holds about the person, with a short summary in the current UI language.</summary>
    Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the person's data, or keeps it without identity (moved to <see cref="PersonalDataErasure.AnonymousUserId"/>
    /// or with the name replaced). Runs inside the caller's transaction on the shared context; never commits.
    /// </summary>
    Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken);
}
