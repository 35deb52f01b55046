<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="An audit code (an action, a kind of data) in the reader's words; a code without words is shown as stored." %>
<%@ attribute name="prefix" required="true" %>
<%@ attribute name="code" required="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<fmt:message key="${prefix}${code}" var="word"/><c:out value="${fn:startsWith(word, '???') ? code : word}"/>
