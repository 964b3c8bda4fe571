using System;
using System.Text.RegularExpressions;
using CareerLadder.Authoring.Diagnostics;

namespace CareerLadder.Authoring.Parsing;

/// <summary>
/// Checks the addresses a ladder links to (<c>url:</c> of track links, <c>link:</c> of items) and the chart images it
/// shows (<c>src:</c>, <c>dark:</c>): an http or https URL with a host, a <c>mailto:</c> address (links only), or a
/// path relative to where the ladder is published. Anything else (a web address without its scheme, a local file, a
/// <c>javascript:</c> URL, spaces or backslashes) is a link that will not work for readers, reported once, at the value;
/// the value is kept as written.
/// </summary>
internal static class LinkFormat
{
    private static readonly Regex Scheme = new(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*):", RegexOptions.CultureInvariant);

    /// <summary>A host-like first segment (<c>www.example.com/docs</c>, <c>docs.example.com/x</c>) written without a scheme.</summary>
    private static readonly Regex HostWithoutScheme = new(@"^(www\.|[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/)", RegexOptions.CultureInvariant);

    public static LocatedString? Checked(ParseContext context, LocatedString? value, string what, bool image)
    {
        if (value is { } located && Problem(located.Value, image) is { } problem)
        {
            context.Report(LadderRules.MalformedLink, located.Span, what, located.Value, problem);
        }

        return value;
    }

    private static string? Problem(string value, bool image)
    {
        foreach (var character in value)
        {
            if (char.IsWhiteSpace(character))
            {
                return "contains a space or line break; write %20 for a space";
            }
        }

        if (value.IndexOf('\\') >= 0)
        {
            return value.Length > 1 && value[1] == ':'
                ? "is a file on one computer; publish the file and give its URL or a path relative to the ladder"
                : "contains '\\'; separate the parts of a path with '/'";
        }

        var scheme = Scheme.Match(value);
        if (scheme.Success)
        {
            var name = scheme.Groups["scheme"].Value.ToLowerInvariant();
            if (name.Length == 1)
            {
                return "is a file on one computer; publish the file and give its URL or a path relative to the ladder";
            }

            if (name is "http" or "https")
            {
                return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && value.Length > name.Length + 3 && value.Substring(name.Length, 3) == "://"
                    ? null
                    : "is not a complete web address; write it as https://host/path";
            }

            if (name == "mailto" && !image)
            {
                return null;
            }

            return image
                ? $"uses the scheme '{name}:'; give an https URL or a path relative to the ladder"
                : $"uses the scheme '{name}:'; give an https URL, a mailto: address or a path relative to the ladder";
        }

        return HostWithoutScheme.IsMatch(value) ? "is a web address without 'https://', so it would be read as a path; write https://" + value : null;
    }
}
