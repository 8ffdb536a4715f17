#!/usr/bin/perl
# Lists string literals handed straight to something the user reads without tr()/translate():
# widget texts, titles and tips, message boxes, model headers, texts named in designated
# initializers, errors (Error{...}) and the CLI's messages and option descriptions. A literal counts when it has two letters in a row and does
# not look like a key ("list-add", "lastFolder"), and only as a direct argument: a literal
# nested in another call (an icon name in themedIcon(...)) is that call's business.
#   perl untranslated.pl ROOT PENDING_LIST   (prints "path:line: text"; exits 1 when any)
use strict;
use warnings;

my ($root, $pending_list) = @ARGV;
my %pending;
open(my $list, '<', $pending_list) or die "$pending_list: $!\n";
while (<$list>) {
    s/#.*//;
    s/^\s+|\s+$//g;
    $pending{$_} = 1 if $_ ne '';
}

my $literal = qr/QStringLiteral\(\s*"(?![a-z][A-Za-z0-9_.\/:-]*")(?=[^"]*(?<![-\w])[A-Za-z]{2})(?<text>[^"]*)"/;
my $string = qr/"(?:[^"\\]|\\.)*"/;
my $balanced = qr/(\((?:[^()"]|$string|(?-1))*\))/;
# The literal is a direct argument (also a branch of "?:"), not one nested in another call.
my $sink = qr/\b(?:setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis
    |setPlaceholderText|setAccessibleName|setAccessibleDescription|setInformativeText
    |setDetailedText|setLabelText|setTitle|setSuffix|setPrefix|setSpecialValueText|showMessage
    |statusMessage|addItem|addItems|addMenu|addTab|setTabText|setApplicationDescription|print
    |fail|usageError|QLabel|QPushButton|QToolButton|QGroupBox|QCheckBox|QRadioButton|QMenu
    |QListWidgetItem|QTableWidgetItem|warning|information|question|critical|about|QMessageBox
    |getText|getItem|getInt|getOpenFileName|getSaveFileName|getExistingDirectory|QFileDialog
    |QAction|addAction|addButton|addRow|insertSection|setHeaderData|setHeaderLabels
    |setHorizontalHeaderLabels|setVerticalHeaderLabels)\s*\((?:[^()";]|$string|$balanced)*?/x;
# A command-line option's or argument's description, after its name.
my $describe = qr/\b(?:addOption\(\s*\{|addPositionalArgument\(|QCommandLineOption\()\s*
    (?:\w+|QStringLiteral\(\s*$string\s*\))\s*,\s*/x;
# A text given by name in a designated initializer ({.title = ..., .noItems = ...}).
my $field = qr/(?:^|[{,(])\s*\.\w+\s*=\s*/;
# What a page returns for the user to read; in a model's headerData() every literal counts.
my $returned = qr/\b(?:menuTitle|documentFileName|documentDescription)\b[^{;]*\{\s*return\s+/;

# How many more "(" than ")" a line holds, outside its strings.
sub open_parens {
    (my $code = shift) =~ s/$string//g;
    $code =~ s{//.*}{};
    return ($code =~ tr/(//) - ($code =~ tr/)//);
}

my @found;
my @dirs = grep { -d } ("$root/src", "$root/include");
my @files = sort split /\n/, `find @dirs -name '*.cpp' -o -name '*.h'`;
for my $file (@files) {
    (my $shown = $file) =~ s/^\Q$root\E\///;
    next if $pending{$shown};
    open(my $in, '<', $file) or die "$file: $!\n";
    my $text = do { local $/; <$in> };
    # A call that goes on over several lines is read as one line, the line it starts on.
    my @lines = split /\n/, $text, -1;
    my $inHeaderData = 0;
    for (my $i = 0; $i < @lines; ++$i) {
        my $line = $lines[$i];
        my $j = $i;
        while (open_parens($line) > 0 && $j + 1 < @lines && $j < $i + 8) {
            $line .= ' ' . $lines[++$j];
        }
        $inHeaderData = 1 if $lines[$i] =~ /::headerData\s*\(/;
        $inHeaderData = 0 if $lines[$i] =~ /^\}/;
        my @hits;
        push @hits, $+{text} while $line =~ /(?:$sink|$describe|$field|$returned)$literal/g;
        push @hits, $+{text} while $line =~ /\bError\s*\{\s*$literal/g;
        push @hits, $+{text} while $inHeaderData && $line =~ /$literal/g;
        push @found, sprintf("%s:%d: %s", $shown, $i + 1, $_) for @hits;
        $i = $j;
    }
}
print "$_\n" for @found;
exit(@found ? 1 : 0);
