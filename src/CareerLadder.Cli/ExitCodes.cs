namespace CareerLadder.Cli;

/// <summary>The exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked (warnings and information do not change that).</summary>
    public const int Success = 0;

    /// <summary>The ladders have errors (validate, render) or nothing could be imported (import).</summary>
    public const int Failed = 1;

    /// <summary>Bad command line, bad path, unreadable file or unknown format; nothing was written.</summary>
    public const int UsageError = 2;

    /// <summary><c>import</c> wrote its files, but the imported YAML has errors (the Markdown's defects): fix them in the YAML.</summary>
    public const int ImportedWithErrors = 3;
}
