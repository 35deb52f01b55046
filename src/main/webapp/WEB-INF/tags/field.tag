<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="A labelled form field with its hint and its error message." %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="label" required="true" %>
<%@ attribute name="hint" required="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:set var="error" value="${errors[name]}"/>
<div class="field${empty error ? '' : ' invalid'}">
    <label for="f-${name}"><fmt:message key="${label}"/></label>
    <jsp:doBody/>
    <c:if test="${not empty hint}"><div class="hint"><fmt:message key="${hint}"/></div></c:if>
    <c:if test="${not empty error}"><div class="error" id="e-${name}"><fmt:message key="${error}"/></div></c:if>
</div>
