using Microsoft.AspNetCore.Identity;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>Refuses passwords that pass the composition rules but are among the first an attacker tries.</summary>
public sealed class CommonPasswordValidator(LocalizedIdentityErrorDescriber errors) : IPasswordValidator<TrainingUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "Password1!", "Passw0rd!", "P@ssw0rd", "P@ssword1", "Qwerty123!", "Welcome1!", "Salasana1!", "Salasana123!",
        "Kesä2026!", "Talvi2026!", "Syksy2026!", "Kevät2026!", "Admin123!", "Abcd1234!", "Aa123456!", "Letmein1!",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<TrainingUser> manager, TrainingUser user, string? password)
    {
        var tooCommon = password is not null
            && (Common.Contains(password)
                || (user.Email is not null && password.Contains(user.Email.Split('@')[0], StringComparison.OrdinalIgnoreCase) && user.Email.Split('@')[0].Length >= 4));
        return Task.FromResult(tooCommon ? IdentityResult.Failed(errors.PasswordTooCommon()) : IdentityResult.Success);
    }
}
