namespace TrainingSite.Accounts.Services;

/// <summary>A mail waiting to be sent, with the language it is written in (which names the sender).</summary>
public sealed record QueuedMail(string To, string Subject, string TextBody, string Language);
