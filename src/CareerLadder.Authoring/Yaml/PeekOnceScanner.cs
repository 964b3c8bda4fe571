using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace CareerLadder.Authoring.Yaml;

/// <summary>
/// YamlDotNet's scanner, except that looking at the next token twice without consuming it gives the same token.
/// YamlDotNet's parser looks twice after an anchored scalar that is a value in a flow mapping (once for an error after
/// the anchor, once for the ',' or '}' that must follow), so that <c>{ code: &amp;c BE1, rank: 1 }</c>, valid YAML, lost
/// the ',' and was read as malformed. The end of the stream is not held: the parser looks past it to check that
/// nothing follows.
/// </summary>
internal sealed class PeekOnceScanner : IScanner
{
    private readonly Scanner _scanner;
    private bool _peeked;

    public PeekOnceScanner(Scanner scanner) => _scanner = scanner;

    public Mark CurrentPosition => _scanner.CurrentPosition;

    public Token? Current => _scanner.Current;

    public bool MoveNext()
    {
        _peeked = false;
        return _scanner.MoveNext();
    }

    public bool MoveNextWithoutConsuming()
    {
        if (_peeked && _scanner.Current is not null and not StreamEnd)
        {
            return true;
        }

        _peeked = _scanner.MoveNextWithoutConsuming();
        return _peeked;
    }

    public void ConsumeCurrent()
    {
        _peeked = false;
        _scanner.ConsumeCurrent();
    }
}
