using System.Collections.Generic;

namespace CareerLadder;

/// <summary>
/// One generated ladder catalog seen through the runtime library: its tracks and competencies. The generator emits one
/// subclass per ladder assembly and names it in a <see cref="LadderCatalogAttribute"/>, so that JSON converters, parsing
/// and type converters find the catalog's own instances from a code without any registration call.
/// </summary>
public abstract class LadderCatalog
{
    /// <summary>The framework's name, for example <c>Acme Engineering</c>.</summary>
    public abstract string FrameworkName { get; }

    /// <summary>Every track of the catalog, ordered by id.</summary>
    public abstract IReadOnlyList<Track> Tracks { get; }

    /// <summary>The competencies of the catalog's framework, in framework order.</summary>
    public abstract IReadOnlyList<Competency> Competencies { get; }

    /// <summary>Whether the catalog declares former codes (renamed or retired levels); the generated catalog overrides it.</summary>
    public virtual bool HasFormerCodes => false;

    /// <summary>
    /// Resolves a level code stored with any version of the ladders (current, renamed or retired); the generated catalog
    /// overrides it with its own history. The base knows no history and finds current codes only.
    /// </summary>
    /// <param name="code">The stored code.</param>
    public virtual LevelResolution ResolveLevel(string code)
    {
        foreach (var track in Tracks)
        {
            foreach (var level in track.Levels)
            {
                if (string.Equals(level.Code, code, System.StringComparison.OrdinalIgnoreCase))
                {
                    return new LevelResolution(code, LevelCodeStatus.Current, level, string.Empty);
                }
            }
        }

        return new LevelResolution(code ?? string.Empty, LevelCodeStatus.Unknown, null, string.Empty);
    }

    /// <summary>Returns the framework's name.</summary>
    public override string ToString() => FrameworkName;
}
