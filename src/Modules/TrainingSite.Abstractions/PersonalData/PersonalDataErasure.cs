namespace TrainingSite.Abstractions.PersonalData;

/// <summary>
/// An account being deleted. <see cref="AnonymousUserId"/> is a new account row that belongs to nobody (no name, no
/// e-mail, no password, never able to sign in): statistics that must survive (quiz attempts, lesson progress,
/// revoked certificates) are moved to it, so foreign keys stay sound and nothing links them to the person.
/// </summary>
public sealed record PersonalDataErasure(PersonalDataSubject Subject, string AnonymousUserId);
