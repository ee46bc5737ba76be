namespace TrainingSite.Benchmarks;

public sealed record WrkResult(string Url, double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, int Errors);
