using System;

namespace CareerLadder.Rendering.Text;

/// <summary>
/// The one rule for every link written by this library: a URL is shown as a link only when it is relative (no scheme)
/// or its scheme is http, https or mailto, and it contains no control character or white space a browser would strip
/// before reading the scheme (<c>java&#9;script:</c>).
/// </summary>
public static class SafeUrl
{
    /// <summary>Whether the URL may be written into an <c>href</c>.</summary>
    /// <param name="url">The URL, as written in a ladder or built by the caller.</param>
    public static bool IsSafe(string? url)
    {
        if (url is null || url.Length == 0 || url.Length > 2048)
        {
            return false;
        }

        foreach (var character in url)
        {
            if (character <= ' ' || character == '\u007F' || char.IsWhiteSpace(character))
            {
                return false;
            }
        }

        var colon = url.IndexOf(':');
        var delimiter = url.IndexOfAny(new[] { '/', '?', '#' });
        if (colon < 0 || (delimiter >= 0 && delimiter < colon))
        {
            return !url.StartsWith("\\", StringComparison.Ordinal);
        }

        var scheme = url.Substring(0, colon);
        return string.Equals(scheme, "http", StringComparison.OrdinalIgnoreCase)
            || string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase)
            || string.Equals(scheme, "mailto", StringComparison.OrdinalIgnoreCase);
    }
}
