using System.Reflection;

namespace CareerLadder.Cli;

/// <summary>The tool's name and version as reported in JSON and SARIF output.</summary>
public static class ToolInfo
{
    /// <summary>The command name.</summary>
    public const string Name = "careerladder";

    /// <summary>Where the tool is documented.</summary>
    public const string InformationUri = "https://github.com/CareerLadder/CareerLadder/blob/main/src/CareerLadder.Cli/README.md";

    /// <summary>The informational version of the assembly, without build metadata.</summary>
    public static string Version
    {
        get
        {
            var version = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', System.StringComparison.Ordinal);
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }
}
