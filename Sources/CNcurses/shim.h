/* What Swift cannot import from ncursesw directly: attribute and colour-pair
 * macros, the wide-character calls behind _XOPEN_SOURCE_EXTENDED, the C
 * globals (stdscr, LINES, COLS), mouse masks, and async-signal-safe signal
 * handling. Everything is static inline so the module needs no C target. */
#ifndef PARALLAX_CNCURSES_SHIM_H
#define PARALLAX_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* ---- screen ---------------------------------------------------------- */

static inline int px_lines(void) { return LINES; }
static inline int px_cols(void) { return COLS; }
static inline int px_max_y(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int px_max_x(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }
static inline int px_keypad_on(void) { return keypad(stdscr, TRUE); }
static inline int px_erase(void) { return werase(stdscr); }
static inline int px_refresh(void) { return wrefresh(stdscr); }
static inline int px_clearok(void) { return clearok(stdscr, TRUE); }
static inline void px_timeout(int ms) { wtimeout(stdscr, ms); }

/* ---- attributes and colours ------------------------------------------ */

static inline int px_colors(void) { return COLORS; }
static inline int px_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t px_a_normal(void) { return A_NORMAL; }
static inline attr_t px_a_bold(void) { return A_BOLD; }
static inline attr_t px_a_dim(void) { return A_DIM; }
static inline attr_t px_a_underline(void) { return A_UNDERLINE; }
static inline attr_t px_a_reverse(void) { return A_REVERSE; }
static inline attr_t px_a_italic(void) { return A_ITALIC; }

/* Draws one grapheme (up to CCHARW_MAX code points) at y, x. */
static inline int px_put_cell(int y, int x, const wchar_t *chars, int count, attr_t attrs, short pair) {
    wchar_t buffer[CCHARW_MAX + 1];
    if (count > CCHARW_MAX) count = CCHARW_MAX;
    if (count < 1) { buffer[0] = L' '; count = 1; } else memcpy(buffer, chars, sizeof(wchar_t) * (size_t)count);
    buffer[count] = L'\0';
    cchar_t cell;
    if (setcchar(&cell, buffer, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/* ---- graphemes ncurses cannot hold ------------------------------------ */

/* The width the C library's wcwidth, and so ncurses, gives a code point
 * (-1 for one it does not know). */
static inline int px_wcwidth(unsigned int ch) { return wcwidth((wchar_t)ch); }

/* Throws away what ncurses knows of line y, so that the next refresh
 * repaints all of it. */
static inline int px_redraw_line(int y) { return wredrawln(stdscr, y, 1); }

static inline int px_putchar(int c) { return putchar(c); }

/* Writes a whole grapheme cluster (UTF-8) at y, x straight to the terminal,
 * after a refresh: for clusters longer than CCHARW_MAX code points, or whose
 * width ncurses would take from the first code point alone (a flag, a ZWJ
 * sequence, a keycap). Leaves the cursor and the attributes where ncurses
 * believes they are. Call px_flush() after the last one. */
static inline int px_write_grapheme(int y, int x, const char *utf8, attr_t attrs, short pair) {
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1) return ERR;
    tputs(tiparm(cup, y, x), 1, px_putchar);
    vid_puts(attrs, pair, NULL, px_putchar);
    fputs(utf8, stdout);
    vid_puts(A_NORMAL, 0, NULL, px_putchar);
    tputs(tiparm(cup, getcury(curscr), getcurx(curscr)), 1, px_putchar);
    return OK;
}

static inline void px_flush(void) { fflush(stdout); }

/* ---- input ----------------------------------------------------------- */

/* Reads one key: returns OK with a character, KEY_CODE_YES with a key code,
 * or ERR on time-out or interruption. */
static inline int px_get_wch(unsigned int *out) {
    wint_t ch = 0;
    int rc = wget_wch(stdscr, &ch);
    *out = (unsigned int)ch;
    return rc;
}

static inline void px_mouse(int on) {
    if (on) {
        mousemask(ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION, NULL);
        mouseinterval(0);
    } else {
        mousemask(0, NULL);
    }
}

/* Mouse event kinds for Swift. */
enum { PX_MOUSE_NONE = 0, PX_MOUSE_WHEEL_UP = 1, PX_MOUSE_WHEEL_DOWN = 2, PX_MOUSE_CLICK = 3 };

static inline int px_read_mouse(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return PX_MOUSE_NONE;
    *y = event.y;
    *x = event.x;
    if (event.bstate & BUTTON4_PRESSED) return PX_MOUSE_WHEEL_UP;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return PX_MOUSE_WHEEL_DOWN;
#endif
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED)) return PX_MOUSE_CLICK;
    return PX_MOUSE_NONE;
}

/* ---- terminal restoration --------------------------------------------- */

static volatile sig_atomic_t px_signal_received = 0;

static inline void px_restore_terminal(void) {
    if (!isendwin()) endwin();
}

static void px_on_quit_signal(int sig) { px_signal_received = sig; }

/* A crash (a Swift trap is SIGILL or SIGTRAP) must not leave the terminal in
 * raw mode: restore it, then let the signal do what it would have done. */
static void px_on_crash_signal(int sig) {
    px_restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-\) only set a flag: the event
 * loop sees it, leaves and restores the terminal, and the process exits with
 * 128 + the signal. Crashes restore it at once. */
static inline void px_install_signal_handlers(void) {
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = px_on_quit_signal;
    sigemptyset(&quit.sa_mask);
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);
    sigaction(SIGQUIT, &quit, NULL);
    int crashes[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) signal(crashes[i], px_on_crash_signal);
    atexit(px_restore_terminal);
}

static inline int px_pending_signal(void) { return px_signal_received; }

#endif
