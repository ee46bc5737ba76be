using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;

namespace TrainingSite.Accounts.Services;

/// <summary>Identity's errors (duplicate e-mail, weak password, ...) in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedStrings> strings) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Identity.DefaultError");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Identity.DuplicateEmail", email);

    // User names are e-mail addresses here, so a duplicate user name is a duplicate e-mail.
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail), "Identity.DuplicateEmail", userName);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Identity.InvalidEmail", email ?? string.Empty);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail), "Identity.InvalidEmail", userName ?? string.Empty);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Identity.InvalidToken");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Identity.PasswordMismatch");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "Identity.PasswordTooShort", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "Identity.PasswordRequiresUniqueChars", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Identity.PasswordRequiresNonAlphanumeric");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Identity.PasswordRequiresDigit");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Identity.PasswordRequiresLower");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Identity.PasswordRequiresUpper");

    public IdentityError PasswordTooCommon() => Error(nameof(PasswordTooCommon), "Identity.PasswordTooCommon");

    private IdentityError Error(string code, string key, params object[] arguments) =>
        new() { Code = code, Description = strings[key, arguments] };
}
