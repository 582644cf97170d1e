#!/usr/bin/env bash
# Builds the app image and the native installer for the OS it runs on.
# Run by `./mvnw -Ppackage package` (the `package` profile in pom.xml), after Maven has put
# the app's jar and its dependencies under target/package/; see packaging/README.md.
#
#   packaging/build.sh VERSION INSTALLER
#     VERSION    the pom's version (0.1.0-SNAPSHOT); installers take its numeric part (0.1.0)
#     INSTALLER  true: the app image and the installer; false: the app image only
set -euo pipefail
cd "$(dirname "$0")/.."

version=$1
installer=${2:-true}
work=target/package
started=$SECONDS

say() { echo "[package] $((SECONDS - started)) s: $*"; }
die() { echo "[package] error: $*" >&2; exit 1; }

case "$(uname -s)" in
  Linux*) os=linux; sep=: ;;
  Darwin*) os=mac; sep=: ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; sep=';' ;;
  *) die "no installer for $(uname -s)" ;;
esac

# jpackage takes one to three numbers: 0.1.0-SNAPSHOT is packaged as 0.1.0. macOS refuses a
# first number of 0 (CFBundleVersion), so there 0.x.y is packaged as 1.x.y until 1.0.
app_version=${version%%-*}
if [ "$os" = mac ] && [ "${app_version%%.*}" = 0 ]; then
  app_version="1${app_version#0}"
fi

for tool in jdeps jlink jpackage jar; do
  command -v "$tool" >/dev/null || die "$tool is missing: build with a full JDK 17 or newer (JAVA_HOME/bin on PATH)"
done

input=$work/input       # the app's jar and its dependencies, JavaFX left out (it is in the runtime)
javafx=$work/javafx     # the JavaFX jars for this OS (real modules, with their native libraries)
runtime=$work/runtime
images=$work/image
rm -rf "$runtime" "$images" "$work/installer" "$work/natives"
# The app's own classes without the dependencies (the shaded target/promisedesk.jar has them
# all, JavaFX too); its manifest holds the version that --version prints.
[ -f target/promisedesk-app.jar ] || die "target/promisedesk-app.jar is missing: run ./mvnw -Ppackage package"
cp target/promisedesk-app.jar "$input/promisedesk.jar"

# sqlite-jdbc carries its native library for twenty systems; the install keeps this one's.
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  arm64 | aarch64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac
sqlite_os=$(case "$os" in linux) echo Linux ;; mac) echo Mac ;; windows) echo Windows ;; esac)
for jar in "$input"/lib/sqlite-jdbc-*.jar; do
  [ -f "$jar" ] || continue
  unpacked=$work/sqlite-jdbc
  rm -rf "$unpacked" && mkdir -p "$unpacked"
  absolute="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
  (cd "$unpacked" && jar xf "$absolute")
  find "$unpacked/org/sqlite/native" -mindepth 2 -maxdepth 2 -type d \
    ! -path "*/native/$sqlite_os/$arch" -exec rm -rf {} +
  [ -d "$unpacked/org/sqlite/native/$sqlite_os/$arch" ] || die "sqlite-jdbc has no native library for $sqlite_os/$arch"
  jar cfm "$absolute" "$unpacked/META-INF/MANIFEST.MF" -C "$unpacked" .
  rm -rf "$unpacked"
done

# The JavaFX platform jars carry a classifier (javafx-graphics-21.0.12-linux.jar); the plain
# ones beside them are empty.
fx_jars=()
for jar in "$javafx"/javafx-*.jar; do
  base=$(basename "$jar" .jar)
  [[ $base =~ -[0-9.]+-[a-z0-9-]+$ ]] && fx_jars+=("$jar")
done
[ ${#fx_jars[@]} -gt 0 ] || die "no JavaFX platform jars in $javafx"
fx_path=$(IFS="$sep"; echo "${fx_jars[*]}")

# 1. The runtime: the java.* modules the app's jars use (jdeps), JavaFX, and the modules
#    jdeps cannot see because they are found as services: TLS with elliptic curves (the
#    central store behind https), the locales of dates on summaries, more charsets, zip
#    file systems (Flyway reading its migrations from a jar).
say "jdeps: the modules the app uses"
modules=$(jdeps -q --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$fx_path" "$input"/promisedesk.jar "$input"/lib/*.jar | tail -n 1)
modules="$modules,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.unsupported"
say "jlink: $modules"
strip=()
if [ "$os" = linux ] && command -v objcopy >/dev/null; then
  strip=(--strip-native-debug-symbols=objcopy="$(command -v objcopy)")
fi
# The JavaFX jars carry their native libraries as plain files; jlink would keep them as
# resources (JavaFX would then unpack them into ~/.openjfx at every new version). They are
# left out here and copied where JavaFX looks first in a runtime image, below.
jlink --module-path "$fx_path" --add-modules "$modules" \
  --strip-debug ${strip[@]+"${strip[@]}"} --no-man-pages --no-header-files --compress=2 \
  --exclude-resources='regex:/javafx\.[a-z]+/[^/]+\.(so|dylib|dll|jar)' \
  --output "$runtime"
# jlink's objcopy step drops the debug sections but keeps the JVM's symbol table: 4 MB of the
# runtime that only a debugger reads.
if [ "$os" = linux ] && command -v strip >/dev/null; then
  strip --strip-unneeded "$runtime/lib/server/libjvm.so"
fi
natives=$work/natives
mkdir -p "$natives"
for jar in "${fx_jars[@]}"; do
  absolute="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
  (cd "$natives" && jar xf "$absolute")
done
native_dir=$runtime/lib
[ "$os" = windows ] && native_dir=$runtime/bin
find "$natives" -maxdepth 1 \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) -exec cp {} "$native_dir"/ \;

# 2. The launchers' JVM options, from packaging/jvm.options.
options() {  # the options of one [section], one a line
  awk -v want="[$1]" '{ sub(/\r$/, "") } /^\[/ { on = ($0 == want); next } on && NF && $1 !~ /^#/' packaging/jvm.options
}
desktop_options=()
while IFS= read -r line; do desktop_options+=("$line"); done < <(options desktop)
if [ "$os" = linux ]; then
  while IFS= read -r line; do desktop_options+=("$line"); done < <(options desktop-linux)
fi
mkdir -p "$work/launchers"
{
  echo "java-options=$(options server | tr '\n' ' ')"
  echo "linux-shortcut=false"
  echo "win-console=true"
  echo "win-shortcut=false"
  echo "win-menu=false"
} > "$work/launchers/promisedesk-server.properties"

icon=packaging/promisedesk.png
if [ "$os" = windows ]; then
  icon=packaging/promisedesk.ico
elif [ "$os" = mac ]; then
  # macOS wants .icns; its own tools make one from the PNG.
  iconset=$work/promisedesk.iconset
  mkdir -p "$iconset"
  for size in 16 32 128 256; do
    sips -z "$size" "$size" packaging/promisedesk.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
  done
  iconutil -c icns "$iconset" -o "$work/promisedesk.icns"
  icon=$work/promisedesk.icns
fi

common=(--name promisedesk --app-version "$app_version" --vendor PromiseDesk
  --description "Promise exactly what the company can deliver, and put it in writing."
  --icon "$icon")

say "jpackage: app image"
java_options=()
for option in "${desktop_options[@]}"; do java_options+=(--java-options "$option"); done
jpackage --type app-image --dest "$images" "${common[@]}" \
  --input "$input" --main-jar promisedesk.jar --main-class com.promisedesk.Main \
  --runtime-image "$runtime" "${java_options[@]}" \
  --add-launcher promisedesk-server="$work/launchers/promisedesk-server.properties"

case "$os" in
  linux) image=$images/promisedesk; launcher=$image/bin/promisedesk ;;
  windows) image=$images/promisedesk; launcher=$image/promisedesk.exe ;;
  mac) image=$images/promisedesk.app; launcher=$image/Contents/MacOS/promisedesk ;;
esac
cfg=$(find "$image" -name promisedesk.cfg | head -n 1)
jsa=$(dirname "$cfg")/promisedesk.jsa

# 3. The AppCDS archive (promisedesk.jsa): a training run lists the classes a working session
#    loads (the app opened with -Dpromisedesk.training=true opens its store, lets the summary's
#    and the editor's warm-up finish, shows each screen once and closes), then the JVM stores
#    them, parsed and verified, in the archive the launcher maps at every start: mapped, they
#    are not loaded and kept in memory again. The launcher runs both steps itself, so that the archive holds its exact class
#    path: jvm.options' -XX:SharedArchiveFile line is swapped in the launcher's .cfg for
#    each step. A JVM-17 dump of lambda classes crashes (SIGSEGV in
#    adjust_lambda_proxy_class_dictionary), so they are left out of the list.
sample=src/main/resources/com/promisedesk/sample
training=$(mktemp -d)
set_archive_option() {  # replaces the archive lines of the launcher's .cfg with those given
  awk -v extra="$(printf '%s\n' "$@")" '
    /^java-options=-(XX:(SharedArchiveFile|DumpLoadedClassList|SharedClassListFile)=|Xshare:dump|Dpromisedesk.training=)/ { next }
    { print }
    /^\[JavaOptions\]/ { n = split(extra, add, "\n"); for (i = 1; i <= n; i++) if (add[i] != "") print "java-options=" add[i] }
  ' "$cfg" > "$cfg.new"
  mv "$cfg.new" "$cfg"
}
uses_archive=$(options desktop | grep -c '^-XX:SharedArchiveFile=' || true)
if [ "$uses_archive" -gt 0 ]; then
  # The store made first, as a rep's is: the training run lists what every start loads, not the
  # first start's own work (the store's migrations, the sample catalog read from its YAML).
  set_archive_option
  "$launcher" --data-dir "$training" catalog import "$sample/catalog.yaml" >/dev/null || true
  "$launcher" --data-dir "$training" promise import "$sample/promise-northwind.json" >/dev/null || true
  set_archive_option '-XX:DumpLoadedClassList=$APPDIR/promisedesk.classlist' '-Dpromisedesk.training=true'
  if [ "$os" = linux ] && command -v xvfb-run >/dev/null; then
    say "training run: the app's first minute, under Xvfb"
    timeout 180 xvfb-run -a -s '-screen 0 1280x800x24' "$launcher" app --data-dir "$training" || true
  elif [ "$os" = linux ] && [ -n "${DISPLAY:-}" ]; then
    say "training run: the app's first minute, on $DISPLAY"
    timeout 180 "$launcher" app --data-dir "$training" || true
  else
    say "training run: a check of a sample promise (no display here)"
    "$launcher" --data-dir "$training" check "$sample/promise-ostwind.json" \
      --catalog "$sample/catalog.yaml" --today 2026-11-23 >/dev/null || true
  fi
  classlist=$(dirname "$cfg")/promisedesk.classlist
  if [ -s "$classlist" ]; then
    grep -v '^@lambda' "$classlist" > "$classlist.kept" && mv "$classlist.kept" "$classlist"
    set_archive_option -Xshare:dump '-XX:SharedClassListFile=$APPDIR/promisedesk.classlist' \
      '-XX:SharedArchiveFile=$APPDIR/promisedesk.jsa'
    "$launcher" >"$work/cds-dump.log" 2>&1 || true
  fi
  # Kept: the Linux package makes the archive again from it at the install path (linux/postinst).
  if [ -s "$jsa" ]; then
    set_archive_option '-XX:SharedArchiveFile=$APPDIR/promisedesk.jsa'
    say "AppCDS archive: $(du -h "$jsa" | cut -f1) ($(grep -c . "$work/cds-dump.log" || true) lines in $work/cds-dump.log)"
  else
    set_archive_option
    say "no AppCDS archive could be made ($work/cds-dump.log): the launcher starts without one"
  fi
fi
rm -rf "$training"
say "app image: $image ($(du -sh "$image" | cut -f1))"

# 4. The installer for this OS, from a copy of the finished app image without the archive:
#    JDK 17 maps an archive only at the class path it was made for, which is this folder, not
#    the install's. The .deb makes its own when it is installed (packaging/linux/postinst);
#    an installed .msi, .dmg or .rpm starts without one.
if [ "$installer" = true ]; then
  staged=$work/installer-image
  rm -rf "$staged" && mkdir -p "$staged"
  cp -R "$image" "$staged"/
  image=$staged/$(basename "$image")
  rm -f "$(find "$image" -name promisedesk.jsa)"
  types=()
  installer_options=()
  case "$os" in
    linux)
      command -v dpkg-deb >/dev/null && types+=(deb)
      command -v rpmbuild >/dev/null && types+=(rpm)
      [ ${#types[@]} -gt 0 ] || die "neither dpkg-deb nor rpmbuild is installed: no Linux package to build"
      # packaging/linux: the .deb's scripts (the archive, a menu entry that a server without
      # menus does not need) and the menu entry's name.
      installer_options=(--linux-shortcut --linux-menu-group Office --linux-app-category Office
        --linux-deb-maintainer "it@promisedesk.invalid" --resource-dir packaging/linux)
      ;;
    windows)
      types=(msi)
      # A fixed upgrade code: a newer .msi replaces the installed version.
      installer_options=(--win-menu --win-menu-group PromiseDesk --win-shortcut --win-dir-chooser
        --win-upgrade-uuid 6a3f1f0e-3c1b-4d8e-9a55-1f2d0c7b9e41)
      ;;
    mac) types=(dmg pkg) ;;
  esac
  for type in "${types[@]}"; do
    # What JavaFX's native libraries link against (its windows: GTK 3 and XTest; its
    # hardware pipeline: libGL and XF86VidMode). jpackage adds what the runtime's own
    # libraries need, as dpkg/rpm know it on this machine.
    deps=()
    case "$type" in
      deb) deps=(--linux-package-deps "libgtk-3-0, libxtst6, libgl1, libxxf86vm1") ;;
      rpm) deps=(--linux-package-deps "gtk3, libXtst, libglvnd-glx, libXxf86vm") ;;
    esac
    say "jpackage: $type"
    jpackage --type "$type" --dest "$work/installer" "${common[@]}" --app-image "$image" \
      ${installer_options[@]+"${installer_options[@]}"} ${deps[@]+"${deps[@]}"}
  done
  for file in "$work"/installer/*; do
    say "installer: $file ($(du -h "$file" | cut -f1))"
  done
fi
say "done in $((SECONDS - started)) s"
