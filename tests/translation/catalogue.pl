#!/usr/bin/perl
# catalogue.pl FILE.ts: prints each message that is unfinished, empty, or whose translation
# does not use the same placeholders (%1..%9, %L1, %n) as its source; exits 1 if any.
# A plural's first (singular) form may leave %n out ("ein Kunde").
use strict;
use warnings;

my $file = shift;
open(my $in, '<:encoding(UTF-8)', $file) or die "$file: $!\n";
binmode(STDOUT, ':encoding(UTF-8)');
local $/;
my $ts = <$in>;
my ($total, $bad) = (0, 0);

sub unescape {
    my $s = shift;
    $s =~ s/&lt;/</g; $s =~ s/&gt;/>/g; $s =~ s/&quot;/"/g; $s =~ s/&apos;/'/g; $s =~ s/&amp;/&/g;
    return $s;
}

sub placeholders {
    my ($text, $skipN) = @_;
    my %seen = map { $_ => 1 } ($text =~ /(%L?\d|%n)/g);
    delete $seen{'%n'} if $skipN;
    return join(' ', sort keys %seen);
}

while ($ts =~ m{<context>\s*<name>([^<]*)</name>(.*?)</context>}gs) {
    my ($context, $body) = ($1, $2);
    while ($body =~ m{<message([^>]*)>(.*?)</message>}gs) {
        my ($attributes, $message) = ($1, $2);
        $total++;
        my ($source) = $message =~ m{<source>([^<]*)</source>};
        $source = unescape($source // '');
        my ($translationAttributes, $translation) =
            $message =~ m{<translation([^>]*)>(.*?)</translation>}s;
        my $problem;
        if (!defined $translation) {
            $problem = 'no translation';
        } elsif (($translationAttributes // '') =~ /type="(unfinished|vanished|obsolete)"/) {
            $problem = $1;
        } else {
            my @forms = $attributes =~ /numerus="yes"/
                ? ($translation =~ m{<numerusform>([^<]*)</numerusform>}g) : ($translation);
            for my $i (0 .. $#forms) {
                my $form = unescape($forms[$i]);
                my $singular = @forms > 1 && $i == 0;
                if ($form !~ /\S/ && $source =~ /\S/) {
                    $problem = 'empty';
                } elsif (placeholders($form, $singular) ne placeholders($source, $singular)) {
                    $problem = "placeholders differ in \"$form\"";
                }
                last if $problem;
            }
            $problem = 'empty' if !$problem && !@forms;
        }
        if ($problem) {
            $bad++;
            print "$file: $context: \"$source\": $problem\n";
        }
    }
}
print "$file: $total messages, $bad to finish\n";
exit($bad ? 1 : 0);
