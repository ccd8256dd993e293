"""The main window and what hangs off it: menus and actions, the File and Edit commands, the workspace that adds library and sync, help, shortcuts, the crash reporter."""
