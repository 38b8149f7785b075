# Installation, desktop integration and packages.
#
#   Linux    bin/hangar, a .desktop file, AppStream metainfo and hicolor icons; DEB and TGZ
#   Windows  hangar.exe with an icon and a version resource, Qt and QtKeychain DLLs deployed
#            next to it (windeployqt through Qt's deploy script); an NSIS installer and a ZIP
#   macOS    Hangar.app with Info.plist and .icns, frameworks deployed into it (macdeployqt
#            through Qt's deploy script); a drag-and-drop DMG
#
# Included from the top-level CMakeLists.txt after src/, so that the hangar target exists.
#
# Only the application ships. The static libraries, tests and benchmarks have no install rules,
# and hangar-sim, the simulator's command-line front end, is a developer tool (see README.md):
# it is in the "simulator" component, which is EXCLUDE_FROM_ALL, so it stays out of every
# package; `cmake --install <build> --component simulator` installs it on purpose. The app has
# the same simulator built in (hangar --sandbox).

include(GNUInstallDirs)

# Reverse-DNS id of the desktop file, the AppStream component and the icon. GitHub org
# "hangar-desktop" becomes io.github.hangar_desktop: AppStream ids take no '-'.
set(HANGAR_APP_ID "io.github.hangar_desktop.Hangar")
# Apple bundle ids allow '-' but no '_'.
set(HANGAR_MACOS_BUNDLE_ID "io.github.hangar-desktop.Hangar")
set(HANGAR_VENDOR "The Hangar developers")
set(HANGAR_COPYRIGHT_YEAR 2026)
set(HANGAR_PACKAGE_CONTACT "The Hangar developers <hangar-desktop@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages, as Name <e-mail>")

set(HANGAR_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/hangar.svg")
set(HANGAR_ICON_ICO "${PROJECT_SOURCE_DIR}/resources/icons/hangar.ico")
set(HANGAR_ICON_ICNS "${PROJECT_SOURCE_DIR}/packaging/macos/hangar.icns")
set(HANGAR_PACKAGING_BINARY_DIR "${PROJECT_BINARY_DIR}/packaging")

# main.cpp names the desktop file with it (QGuiApplication::setDesktopFileName), so that
# Wayland compositors and docks find the icon and the launcher.
target_compile_definitions(hangar PRIVATE HANGAR_APP_ID="${HANGAR_APP_ID}")

# --- Linux: desktop integration ---------------------------------------------------------------
if(UNIX AND NOT APPLE)
    # qt_standard_project_setup() gives installed binaries a $ORIGIN run path; the app only
    # links system libraries, and a run path in /usr/bin is what Debian's checks reject.
    set_target_properties(hangar PROPERTIES INSTALL_RPATH "")

    set(linux_dir "${PROJECT_SOURCE_DIR}/packaging/linux")
    install(FILES "${linux_dir}/${HANGAR_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${linux_dir}/${HANGAR_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # PNGs rendered from the SVG by scripts/make-icons.py.
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
        install(FILES "${linux_dir}/icons/hangar-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${HANGAR_APP_ID}.png")
    endforeach()
    install(FILES "${HANGAR_ICON_SVG}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${HANGAR_APP_ID}.svg")

    # The newest release in the metainfo should be this version (software centres show it).
    file(STRINGS "${linux_dir}/${HANGAR_APP_ID}.metainfo.xml" release_lines
        REGEX "<release version=")
    list(GET release_lines 0 newest_release)
    string(REGEX MATCH "version=\"([^\"]+)\"" newest_release "${newest_release}")
    if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
        message(WARNING "The newest release in ${HANGAR_APP_ID}.metainfo.xml is "
            "${CMAKE_MATCH_1}, but the project's version is ${PROJECT_VERSION}: add a <release>.")
    endif()
endif()

# --- Windows: icon, version resource, runtime DLLs ---------------------------------------------
if(WIN32)
    enable_language(RC)
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/hangar.rc.in"
        "${HANGAR_PACKAGING_BINARY_DIR}/hangar.rc" @ONLY)
    target_sources(hangar PRIVATE "${HANGAR_PACKAGING_BINARY_DIR}/hangar.rc")

    # QtKeychain is not a Qt module, so windeployqt does not copy it: install its DLL.
    get_target_property(keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
    if(NOT keychain_target)
        set(keychain_target Qt6Keychain::Qt6Keychain)
    endif()
    install(IMPORTED_RUNTIME_ARTIFACTS ${keychain_target}
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_BINDIR}")

    # The MSVC runtime DLLs beside the executable: no separate redistributable to install.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
endif()

# --- macOS: the bundle -------------------------------------------------------------------------
if(APPLE)
    set(HANGAR_MACOS_EXECUTABLE "Hangar")
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(HANGAR_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
    else()
        set(HANGAR_MACOS_MINIMUM "12.0") # the oldest macOS that current Qt 6 supports
    endif()
    configure_file("${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
        "${HANGAR_PACKAGING_BINARY_DIR}/Info.plist" @ONLY)

    # The icon goes to Hangar.app/Contents/Resources. Source file properties are per
    # directory: set it where the target lives.
    target_sources(hangar PRIVATE "${HANGAR_ICON_ICNS}")
    set_source_files_properties("${HANGAR_ICON_ICNS}" TARGET_DIRECTORY hangar
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

    set_target_properties(hangar PROPERTIES
        OUTPUT_NAME "${HANGAR_MACOS_EXECUTABLE}"
        MACOSX_BUNDLE_INFO_PLIST "${HANGAR_PACKAGING_BINARY_DIR}/Info.plist"
        MACOSX_BUNDLE_BUNDLE_NAME "Hangar"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${HANGAR_MACOS_BUNDLE_ID}"
        MACOSX_BUNDLE_ICON_FILE "hangar.icns"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${HANGAR_MACOS_BUNDLE_ID}")
endif()

# --- Windows and macOS: Qt's runtime deployment (windeployqt / macdeployqt) --------------------
# Linux packages depend on the distribution's Qt instead.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET hangar
            OUTPUT_SCRIPT hangar_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        # Qt 6.3 and 6.4 (technology preview): FILENAME_VARIABLE instead of OUTPUT_SCRIPT.
        qt_generate_deploy_app_script(TARGET hangar
            FILENAME_VARIABLE hangar_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    # Runs after install(TARGETS hangar) in src/app (CMP0082: rules run in declaration order).
    install(SCRIPT "${hangar_deploy_script}")
endif()

if(APPLE)
    # macdeployqt rewrites the binaries' library paths, which voids the linker's signature;
    # Apple Silicon refuses to run unsigned code, so sign the finished bundle ad hoc. Releases
    # for the public need a Developer ID signature and notarization on top (not done here).
    install(CODE "
        execute_process(COMMAND codesign --force --deep --sign -
            \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${HANGAR_MACOS_EXECUTABLE}.app\"
            RESULT_VARIABLE hangar_codesign_result)
        if(NOT hangar_codesign_result EQUAL 0)
            message(FATAL_ERROR \"codesign failed: \${hangar_codesign_result}\")
        endif()")
endif()

# --- CPack ------------------------------------------------------------------------------------
set(CPACK_VERBATIM_VARIABLES ON) # values below reach the generators exactly as written
set(CPACK_PACKAGE_NAME "hangar")
set(CPACK_PACKAGE_VENDOR "${HANGAR_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${HANGAR_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Hangar manages Fly.io Machines by pointing and clicking: apps, machines, volumes and\n"
    "regions in one window. Machine configurations are edited in a form and reviewed as a\n"
    "diff before they are applied, files are dragged from the desktop into volumes, and a\n"
    "world map shows where everything runs. API tokens are kept in the system keychain.\n"
    "\n"
    "A built-in sandbox simulates a Fly.io account, so every feature can be tried offline.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Hangar")
set(CPACK_PACKAGE_EXECUTABLES "hangar" "Hangar") # the Start menu entry (NSIS)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "__pycache__")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "TGZ;DEB")
endif()

# DEB. dpkg-shlibdeps finds the libraries the binary links (Qt, QtKeychain, libc, ...);
# what it cannot see is listed here:
#   libsecret-1-0          QtKeychain dlopen()s it to reach the Secret Service (GNOME & co.)
#   qt6-translations-l10n  Qt's own translations (standard buttons and dialogs), loaded at runtime
#   qt6-wayland            the native Wayland platform plugin; without it Qt uses XWayland
#   gnome-keyring | ...    a keychain daemon to store tokens in (without one they live in memory)
# The xcb and offscreen platform plugins and the .ico/.png image plugins are part of libqt6gui6,
# which shlibdeps already lists; the app uses no SVG (its window icon is an .ico), so no
# libqt6svg6; qt6-qpa-plugins only holds the VNC and TUIO plugins, which the app does not need.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # hangar_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-wayland, gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# NSIS (Windows installer): Start menu shortcut, an entry in "Apps & features" with the app's
# icon, an uninstaller, and an offer to remove an older version first.
file(TO_NATIVE_PATH "${HANGAR_ICON_ICO}" hangar_native_ico)
set(CPACK_NSIS_PACKAGE_NAME "Hangar ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Hangar")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Hangar")
set(CPACK_NSIS_MUI_ICON "${hangar_native_ico}")
set(CPACK_NSIS_MUI_UNIICON "${hangar_native_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\hangar.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "hangar.exe")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Hangar")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON) # the project has no licence file yet (CPack's default
                                       # would show CMake's own licence)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${HANGAR_PACKAGE_CONTACT}")

# DragNDrop (macOS disk image): Hangar.app next to a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "Hangar ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
if(APPLE)
    set(CPACK_PACKAGE_ICON "${HANGAR_ICON_ICNS}") # the disk image's volume icon
    set(CPACK_PACKAGE_FILE_NAME "Hangar-${PROJECT_VERSION}-macOS")
endif()

include(CPack)
