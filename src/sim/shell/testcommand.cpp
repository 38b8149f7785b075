// test EXPRESSION and [ EXPRESSION ]: POSIX's rules for up to four arguments, and a
// recursive-descent parser with -a, -o, ! and parentheses beyond that.
#include "sim/shell/commandcontext.h"
#include "sim/shell/commands.h"
#include "sim/shell/machinefs.h"

namespace hangar::sim {

namespace {

bool isUnaryOperator(const QString &op)
{
    static const QStringList operators {QStringLiteral("-e"), QStringLiteral("-f"),
        QStringLiteral("-d"), QStringLiteral("-s"), QStringLiteral("-n"), QStringLiteral("-z"),
        QStringLiteral("-r"), QStringLiteral("-w"), QStringLiteral("-x"), QStringLiteral("-c"),
        QStringLiteral("-b"), QStringLiteral("-p"), QStringLiteral("-S"), QStringLiteral("-h"),
        QStringLiteral("-L")};
    return operators.contains(op);
}

bool isBinaryOperator(const QString &op)
{
    static const QStringList operators {QStringLiteral("="), QStringLiteral("=="),
        QStringLiteral("!="), QStringLiteral("-eq"), QStringLiteral("-ne"), QStringLiteral("-lt"),
        QStringLiteral("-le"), QStringLiteral("-gt"), QStringLiteral("-ge")};
    return operators.contains(op);
}

class TestEvaluator {
public:
    TestEvaluator(CommandContext &context, QStringList arguments)
        : m_context(context)
        , m_arguments(std::move(arguments))
    {
    }

    // 0 true, 1 false, 2 error (message already printed).
    int evaluate()
    {
        bool result = false;
        if (m_arguments.size() <= 4) {
            if (!evaluateShort(0, m_arguments.size(), &result))
                return 2;
        } else {
            if (!parseOr(&result))
                return 2;
            if (m_position < m_arguments.size())
                return fail(
                    QStringLiteral("%1: unexpected operator").arg(m_arguments.at(m_position)));
        }
        return result ? 0 : 1;
    }

private:
    int fail(const QString &message)
    {
        m_context.printError(message);
        return 2;
    }

    bool unary(const QString &op, const QString &operand, bool *result)
    {
        if (op == QLatin1String("-n")) {
            *result = !operand.isEmpty();
            return true;
        }
        if (op == QLatin1String("-z")) {
            *result = operand.isEmpty();
            return true;
        }
        FileInfo info;
        const bool exists = !operand.isEmpty()
            && m_context.fs().stat(m_context.absolutePath(operand), &info) == FsError::Ok;
        const char letter = op.at(1).toLatin1();
        switch (letter) {
        case 'e':
        case 'r':
        case 'w':
            *result = exists; // everything is readable and writable by root
            break;
        case 'f':
            *result = exists && info.isFile();
            break;
        case 'd':
            *result = exists && info.isDirectory();
            break;
        case 's':
            *result = exists && (info.isDirectory() || info.size > 0); // directories use a block
            break;
        case 'x':
            *result = exists && (info.isDirectory() || (info.mode & 0111));
            break;
        case 'c':
            *result = exists && info.type == NodeType::CharDevice;
            break;
        default:
            *result = false; // no block devices, pipes, sockets or symbolic links
            break;
        }
        return true;
    }

    bool integer(const QString &text, qint64 *value)
    {
        bool ok = false;
        *value = text.trimmed().toLongLong(&ok);
        if (!ok)
            fail(QStringLiteral("%1: integer expression expected").arg(text));
        return ok;
    }

    bool binary(const QString &left, const QString &op, const QString &right, bool *result)
    {
        if (op == QLatin1String("=") || op == QLatin1String("==")) {
            *result = left == right;
            return true;
        }
        if (op == QLatin1String("!=")) {
            *result = left != right;
            return true;
        }
        qint64 a = 0;
        qint64 b = 0;
        if (!integer(left, &a) || !integer(right, &b))
            return false;
        if (op == QLatin1String("-eq"))
            *result = a == b;
        else if (op == QLatin1String("-ne"))
            *result = a != b;
        else if (op == QLatin1String("-lt"))
            *result = a < b;
        else if (op == QLatin1String("-le"))
            *result = a <= b;
        else if (op == QLatin1String("-gt"))
            *result = a > b;
        else
            *result = a >= b;
        return true;
    }

    // POSIX's table for 0 to 4 arguments, on m_arguments[first, first + count).
    bool evaluateShort(qsizetype first, qsizetype count, bool *result)
    {
        const auto arg = [this, first](qsizetype i) { return m_arguments.at(first + i); };
        switch (count) {
        case 0:
            *result = false;
            return true;
        case 1:
            *result = !arg(0).isEmpty();
            return true;
        case 2:
            if (arg(0) == QLatin1String("!")) {
                *result = arg(1).isEmpty();
                return true;
            }
            if (isUnaryOperator(arg(0)))
                return unary(arg(0), arg(1), result);
            fail(QStringLiteral("%1: unary operator expected").arg(arg(0)));
            return false;
        case 3:
            if (isBinaryOperator(arg(1)))
                return binary(arg(0), arg(1), arg(2), result);
            if (arg(1) == QLatin1String("-a") || arg(1) == QLatin1String("-o")) {
                const bool left = !arg(0).isEmpty();
                const bool right = !arg(2).isEmpty();
                *result = arg(1) == QLatin1String("-a") ? left && right : left || right;
                return true;
            }
            if (arg(0) == QLatin1String("!")) {
                if (!evaluateShort(first + 1, 2, result))
                    return false;
                *result = !*result;
                return true;
            }
            if (arg(0) == QLatin1String("(") && arg(2) == QLatin1String(")")) {
                *result = !arg(1).isEmpty();
                return true;
            }
            fail(QStringLiteral("%1: binary operator expected").arg(arg(1)));
            return false;
        default:
            if (arg(0) == QLatin1String("!")) {
                if (!evaluateShort(first + 1, 3, result))
                    return false;
                *result = !*result;
                return true;
            }
            if (arg(0) == QLatin1String("(") && arg(3) == QLatin1String(")"))
                return evaluateShort(first + 1, 2, result);
            m_position = first;
            if (!parseOr(result))
                return false;
            if (m_position < first + count) {
                fail(QStringLiteral("%1: unexpected operator").arg(m_arguments.at(m_position)));
                return false;
            }
            return true;
        }
    }

    bool atEnd() const { return m_position >= m_arguments.size(); }
    bool peekIs(const char *token) const
    {
        return !atEnd() && m_arguments.at(m_position) == QLatin1String(token);
    }

    bool parseOr(bool *result)
    {
        if (!parseAnd(result))
            return false;
        while (peekIs("-o")) {
            ++m_position;
            bool right = false;
            if (!parseAnd(&right))
                return false;
            *result = *result || right;
        }
        return true;
    }

    bool parseAnd(bool *result)
    {
        if (!parseNot(result))
            return false;
        while (peekIs("-a")) {
            ++m_position;
            bool right = false;
            if (!parseNot(&right))
                return false;
            *result = *result && right;
        }
        return true;
    }

    bool parseNot(bool *result)
    {
        if (peekIs("!")) {
            ++m_position;
            if (!parseNot(result))
                return false;
            *result = !*result;
            return true;
        }
        return parsePrimary(result);
    }

    bool parsePrimary(bool *result)
    {
        if (atEnd()) {
            fail(QStringLiteral("argument expected"));
            return false;
        }
        if (peekIs("(")) {
            ++m_position;
            if (!parseOr(result))
                return false;
            if (!peekIs(")")) {
                fail(QStringLiteral("missing )"));
                return false;
            }
            ++m_position;
            return true;
        }
        const QString &first = m_arguments.at(m_position);
        if (m_position + 2 < m_arguments.size()
            && isBinaryOperator(m_arguments.at(m_position + 1))) {
            m_position += 3;
            return binary(
                first, m_arguments.at(m_position - 2), m_arguments.at(m_position - 1), result);
        }
        if (isUnaryOperator(first) && m_position + 1 < m_arguments.size()) {
            m_position += 2;
            return unary(first, m_arguments.at(m_position - 1), result);
        }
        ++m_position;
        *result = !first.isEmpty();
        return true;
    }

    CommandContext &m_context;
    QStringList m_arguments;
    qsizetype m_position = 0;
};

} // namespace

int runTest(CommandContext &context)
{
    QStringList arguments = context.arguments();
    if (context.name() == QLatin1String("[")) {
        if (arguments.isEmpty() || arguments.constLast() != QLatin1String("]")) {
            context.printError(QStringLiteral("missing ']'"));
            return 2;
        }
        arguments.removeLast();
    }
    TestEvaluator evaluator(context, std::move(arguments));
    return evaluator.evaluate();
}

} // namespace hangar::sim
