namespace TrainingSite.Abstractions.PersonalData;

/// <summary>
/// The person whose data is exported or erased. The display name finds content versions written before authors'
/// ids were kept (they carry only the name); the e-mail finds records that name the person as an actor.
/// </summary>
public sealed record PersonalDataSubject(string UserId, string DisplayName, string? Email);
