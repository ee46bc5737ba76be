namespace TrainingSite.ServiceDirectory.Api;

/// <summary>
/// One channel ("inPerson", "phone", "chat") at the search's instant: open until when (null: around the clock), or
/// closed with the next opening (null: none known within two months); times are Finnish time with their offset.
/// </summary>
public sealed record DirectoryApiChannel(string Channel, bool IsOpen, DateTimeOffset? Until, DateTimeOffset? Next);
