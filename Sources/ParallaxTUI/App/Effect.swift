/// What `update` asks the event loop to do besides showing the next state:
/// the only way the pure update reaches the world.
///
/// Today the loop carries out two; this is where work that must leave the
/// UI thread (loading a corpus, a comparison, an outlets report) will be
/// asked for, its result coming back as an `Event`.
public enum Effect: Sendable, Hashable {
    /// Leave the loop; the process exits with `status` (128 + the signal after one).
    case quit(status: Int32)
    /// Repaint every cell (Ctrl-L: the screen was disturbed from outside).
    case repaint
}
