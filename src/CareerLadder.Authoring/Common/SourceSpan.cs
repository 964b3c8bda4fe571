namespace CareerLadder.Authoring;

/// <summary>
/// A range of a ladder file: character offsets plus 0-based line and column of both ends, the way the compiler reports them.
/// </summary>
/// <param name="Start">0-based offset of the first character.</param>
/// <param name="End">0-based offset just past the last character.</param>
/// <param name="StartLine">0-based line of the first character.</param>
/// <param name="StartColumn">0-based column of the first character.</param>
/// <param name="EndLine">0-based line of the end.</param>
/// <param name="EndColumn">0-based column of the end.</param>
public readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The span of the whole first line, used when nothing more precise is known.</summary>
    public static SourceSpan FileStart => new(0, 0, 0, 0, 0, 0);

    /// <summary>
    /// This span with no negative value and no end before its start (an end before the start collapses to the start).
    /// Reporting uses it as a last guard, so that a wrong span can misplace a diagnostic but never fail the build.
    /// </summary>
    public SourceSpan Normalized()
    {
        var start = System.Math.Max(0, Start);
        var startLine = System.Math.Max(0, StartLine);
        var startColumn = System.Math.Max(0, StartColumn);
        var endLine = System.Math.Max(0, EndLine);
        var endColumn = System.Math.Max(0, EndColumn);
        var linesBackwards = endLine < startLine || (endLine == startLine && endColumn < startColumn);
        return linesBackwards || End < start
            ? new SourceSpan(start, start, startLine, startColumn, startLine, startColumn)
            : new SourceSpan(start, End, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>Returns <c>(line,column)</c> with 1-based numbers, as in compiler messages.</summary>
    public override string ToString() => $"({StartLine + 1},{StartColumn + 1})";
}

/// <summary>A string read from a ladder file together with where it was written.</summary>
/// <param name="Value">The text.</param>
/// <param name="Span">Where it was written.</param>
public readonly record struct LocatedString(string Value, SourceSpan Span)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>An integer read from a ladder file together with where it was written.</summary>
/// <param name="Value">The number.</param>
/// <param name="Span">Where it was written.</param>
public readonly record struct LocatedInt(int Value, SourceSpan Span);
