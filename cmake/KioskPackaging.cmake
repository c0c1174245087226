# Install rules and the Debian packages made from them by CPack (packaging/build-deb.sh;
# packaging/README.md explains the layout and why CPack rather than debhelper).
#   kiosk         the kiosk and its tools, the session and delivery services, the config
#   kiosk-portal  the reference provincial portal, for a test bench, never on a kiosk
set(kiosk_deb_dir ${CMAKE_SOURCE_DIR}/packaging/deb)
set(kiosk_deb_out ${CMAKE_BINARY_DIR}/deb)

install(TARGETS kiosk kiosk-sync kiosk-admin kiosk-scan kiosk-ime RUNTIME DESTINATION bin COMPONENT kiosk)
install(TARGETS kiosk-portal RUNTIME DESTINATION bin COMPONENT portal)

# The shipped config twice: untouched under /usr/share/kiosk/config (to compare with, or to start
# again from), and as the live config in /etc/kiosk, whose files are conffiles so that an upgrade
# never overwrites an administrator's edits. A checkout's own enrollment is never packaged.
file(GLOB_RECURSE kiosk_config_files RELATIVE ${CMAKE_SOURCE_DIR}/kiosk-config CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/kiosk-config/*)
list(FILTER kiosk_config_files EXCLUDE REGEX "^\\.?enrollment")
set(kiosk_conffiles "")
foreach(file ${kiosk_config_files})
  get_filename_component(folder ${file} DIRECTORY)
  install(FILES kiosk-config/${file} DESTINATION share/kiosk/config/${folder} COMPONENT kiosk)
  if(file MATCHES "\\.toml$")
    install(FILES kiosk-config/${file} DESTINATION /etc/kiosk/${folder} COMPONENT kiosk)
    string(APPEND kiosk_conffiles "/etc/kiosk/${file}\n")
  endif()
endforeach()
file(WRITE ${kiosk_deb_out}/control/conffiles "${kiosk_conffiles}")
foreach(script postinst prerm postrm)
  file(COPY ${kiosk_deb_dir}/${script} DESTINATION ${kiosk_deb_out}/control
       FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()

install(FILES ${CMAKE_SOURCE_DIR}/packaging/systemd/kiosk-session.service
              ${CMAKE_SOURCE_DIR}/packaging/systemd/kiosk-sync.service
        DESTINATION /lib/systemd/system COMPONENT kiosk)
install(PROGRAMS ${CMAKE_SOURCE_DIR}/packaging/cups/apply.sh DESTINATION share/kiosk/cups COMPONENT kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/cups/kiosk-cupsd.conf DESTINATION share/kiosk/cups COMPONENT kiosk)

# Each package's /usr/share/doc: copyright, the changelog (changelog.gz, gzip -9n, as policy asks
# of a native package: the version has no Debian revision), and for the kiosk the guide.
find_program(KIOSK_GZIP gzip REQUIRED)
foreach(package kiosk kiosk-portal)
  set(DEB_PACKAGE ${package})
  configure_file(${kiosk_deb_dir}/changelog.in ${kiosk_deb_out}/${package}/changelog @ONLY)
  execute_process(COMMAND ${KIOSK_GZIP} -9nf ${kiosk_deb_out}/${package}/changelog COMMAND_ERROR_IS_FATAL ANY)
  string(REPLACE "kiosk-portal" "portal" component ${package})
  install(FILES ${kiosk_deb_dir}/copyright ${kiosk_deb_out}/${package}/changelog.gz
          DESTINATION share/doc/${package} COMPONENT ${component})
endforeach()
install(FILES ${CMAKE_SOURCE_DIR}/packaging/README.md DESTINATION share/doc/kiosk COMPONENT kiosk)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kiosk portal)
set(CPACK_PACKAGE_NAME kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Commune kiosk maintainers <kiosk-maintainers@example.org>")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME kiosk)
set(CPACK_DEBIAN_PORTAL_PACKAGE_NAME kiosk-portal)
set(CPACK_DEBIAN_PORTAL_PACKAGE_SECTION net)
# Found at run time, so shlibdeps cannot see them: the compositor (Debian 12's cage refuses to
# start without Xwayland), CUPS, the GL drivers, the fonts and the OCR languages (vie for printed
# text, eng for the card's MRZ; OCR-B, whose glyphs check the MRZ reads).
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "adduser, cage, xwayland, cups, libgl1-mesa-dri, fonts-noto-core, fonts-ocr-b, tesseract-ocr-vie, tesseract-ocr-eng")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    "${kiosk_deb_out}/control/conffiles;${kiosk_deb_out}/control/postinst;${kiosk_deb_out}/control/prerm;${kiosk_deb_out}/control/postrm")
# CPack indents the lines after the summary itself.
set(CPACK_COMPONENT_KIOSK_DESCRIPTION "touch kiosk for Vietnamese commune public services
A full-screen touch kiosk where citizens file civil-status applications
(birth, marriage, death registration, certified copies): it reads the
citizen's chip ID card, fills the forms in Vietnamese, takes the fee by
VietQR and prints a receipt. kiosk-sync delivers the filings to the
province's one-stop portal. Runs under cage on tty1, started by systemd.")
set(CPACK_COMPONENT_PORTAL_DESCRIPTION "reference provincial portal for the commune kiosk
A small HTTPS server that speaks the provincial one-stop portal's API as
the commune kiosk expects it: for test benches and staff training, never
for real filings.")
include(CPack)
