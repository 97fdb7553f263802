# Documentation installed with the program, and the Debian package made by CPack:
#   cmake --build build && cd build && cpack -G DEB      ->  callrecord-viewer_<version>_<arch>.deb
# Included at the end of the top-level CMakeLists.txt. Install destinations come from
# GNUInstallDirs; the package installs under /usr.

# "copyright" is the licence in Debian's machine-readable form, where Debian tools look for it.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md ${CMAKE_CURRENT_LIST_DIR}/copyright
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/callrecord-viewer)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME callrecord-viewer)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Call Record Viewer authors")
set(CPACK_PACKAGE_CONTACT "Call Record Viewer authors <callrecord-viewer@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "viewer for Microsoft Teams call records from Microsoft Graph")
# The package's long description, one line per control-file line (CPack indents them).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Call Record Viewer reads Microsoft Graph call records (microsoft.graph.callRecords),"
    "by call id from Microsoft Graph or from saved JSON files, and shows each session,"
    "segment, media and stream of a Microsoft Teams call with its network, device and"
    "quality data. Streams are judged with the Call Quality Dashboard rules or the Teams"
    "network targets; findings, charts and a timeline explain what went wrong."
    ""
    "Exports for tickets: PNG, PDF, CSV, JSON and Markdown, optionally redacted. A command"
    "line prints summaries and writes the same exports without a display.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
# The package holds the program without debugging information (the build keeps it).
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # callrecord-viewer_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Library dependencies (Qt 6, simdjson, OpenSSL, QtKeychain, ...) are read from the binary by
# dpkg-shlibdeps (package dpkg-dev). The X11 (xcb) and offscreen platform plugins ship in
# libqt6gui6 itself, which is among them; the TLS plugin in libqt6network6.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own catalogue (standard dialogs and buttons in Portuguese), the Wayland platform plugin
# (without it Qt falls back to X11 through XWayland) and the keychain service that stores client
# secrets are useful but not required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | libkf5wallet-bin")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
