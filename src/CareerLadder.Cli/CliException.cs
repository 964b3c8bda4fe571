using System;

namespace CareerLadder.Cli;

/// <summary>
/// A problem with what the user asked for (a bad path, an unreadable file, an unknown format): reported as one line on
/// standard error with exit code <see cref="ExitCodes.UsageError"/>.
/// </summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line message shown to the user.</param>
    public CliException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure that caused it.</summary>
    /// <param name="message">The one-line message shown to the user.</param>
    /// <param name="inner">The underlying failure.</param>
    public CliException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
