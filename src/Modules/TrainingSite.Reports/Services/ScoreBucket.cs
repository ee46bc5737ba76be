namespace TrainingSite.Reports.Services;

/// <summary>Submitted attempts whose score is From–To percent (ten-point buckets; the last is 90–100).</summary>
public sealed record ScoreBucket(int From, int To, int Attempts);
