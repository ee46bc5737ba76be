namespace TrainingSite.Accounts;

/// <summary>Marker for the Accounts module's strings (Resources/AccountsStrings.{fi,sv,en}.resx).</summary>
public sealed class AccountsStrings
{
    private AccountsStrings()
    {
    }
}
