namespace TrainingSite.Accounts.Services;

public sealed record QueuedMail(string To, string Subject, string TextBody);
