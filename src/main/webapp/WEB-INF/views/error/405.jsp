<%@ page isErrorPage="true" %>
<fmt:message key="errorpage.405.title" var="title"/>
<t:bare title="${title}" bodyClass="error-page">
<div class="error-box">
    <div class="error-code">405</div>
    <h1><c:out value="${title}"/></h1>
    <p><fmt:message key="errorpage.405.text"/></p>
    <p><a class="btn btn-primary" href="<c:url value='/'/>"><fmt:message key="errorpage.home"/></a></p>
</div>
</t:bare>
