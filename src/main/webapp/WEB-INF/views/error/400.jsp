<%@ page isErrorPage="true" %>
<fmt:message key="errorpage.400.title" var="title"/>
<t:bare title="${title}" bodyClass="error-page">
<div class="error-box">
    <div class="error-code">400</div>
    <h1><c:out value="${title}"/></h1>
    <p><fmt:message key="${empty refusedInput ? 'errorpage.400.text' : refusedInput}"/></p>
    <p><a class="btn btn-primary" href="<c:url value='/'/>"><fmt:message key="errorpage.home"/></a></p>
</div>
</t:bare>
