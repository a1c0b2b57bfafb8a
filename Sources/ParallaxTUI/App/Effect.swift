/// What `update` asks the event loop to do besides showing the next state:
/// the only way the pure update reaches the world.
public enum Effect: Sendable, Hashable {
    /// Leave the loop; the process exits with `status` (128 + the signal after one).
    case quit(status: Int32)
    /// Repaint every cell (Ctrl-L: the screen was disturbed from outside).
    case repaint
    /// Run `job` off the UI thread; its result comes back as
    /// `Event.finished` (and its progress as `Event.progress`).
    case start(JobID, Job)
    /// Nobody waits for `job` any more (Esc backed out): stop it at its next
    /// check; a result that comes anyway is dropped.
    case cancel(JobID)
}
